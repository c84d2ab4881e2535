package org.unionkg.page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageReaderTest {
    private static final String CHINESE = "北京市总工会赴朝阳区调研\n\n本报讯（记者 白莹）9月18日上午，北京市总工会党组书记、副主席张良带队赴朝阳区调研。\n";

    @TempDir
    Path dir;

    private final PageReader reader = new PageReader(TestPages.manifest());

    @Test
    void readsASeedPageWithItsManifestEntry() throws BadPageException {
        Path file = TestPages.seeds().resolve("001_807a0e5f213dd034.txt");
        Page page = reader.read(file);
        assertEquals("001_807a0e5f213dd034", page.id());
        assertEquals(file, page.source());
        assertEquals("劳动午报", page.meta().newspaper());
        assertTrue(page.text().startsWith("\n\n深入学习贯彻党的二十大精神"), page.text().substring(0, 20));
        assertTrue(page.warnings().isEmpty(), page.warnings().toString());
    }

    @Test
    void unlistedPageIsReadWithAWarning() throws Exception {
        Page page = reader.read(write("999_new.txt", CHINESE.getBytes(StandardCharsets.UTF_8)));
        assertEquals("999_new", page.id());
        assertEquals(PageMeta.unknown("999_new.txt"), page.meta());
        assertTrue(page.warnings().get(0).contains("not listed in the manifest"));
    }

    @Test
    void stripsTheBomAndNormalisesLineEnds() throws Exception {
        byte[] body = "标题\r\n\r\n本报讯（记者 边磊）近日，职工参加活动。\r老式换行。\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Page page = new PageReader(Manifest.empty()).read(write("bom.txt", withBom));
        assertEquals("标题\n\n本报讯（记者 边磊）近日，职工参加活动。\n老式换行。\n", page.text());
        assertEquals("bom", page.id());
    }

    @Test
    void readsGbkEncodedChineseCorrectlyAndSaysSo() throws Exception {
        Page page = reader.read(write("gbk.txt", CHINESE.getBytes(Charset.forName("GBK"))));
        assertEquals(CHINESE, page.text());
        assertTrue(page.warnings().get(0).contains("GB18030"), page.warnings().toString());
        assertTrue(page.warnings().get(0).contains("not UTF-8"), page.warnings().toString());
    }

    @Test
    void readsUtf16WithItsBom() throws Exception {
        Page page = reader.read(write("utf16.txt", ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(CHINESE, page.text());
        assertTrue(page.warnings().get(0).contains("UTF-16"));
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path file = write("empty.txt", new byte[0]);
        BadPageException e = assertThrows(BadPageException.class, () -> reader.read(file));
        assertEquals(file, e.file());
        assertEquals("is empty (0 bytes)", e.reason());
        assertTrue(e.getMessage().startsWith(file.toString()));
    }

    @Test
    void refusesWhitespaceOnly() throws Exception {
        Path file = write("blank.txt", " \n\r\n\t　　\u00A0\n".getBytes(StandardCharsets.UTF_8));
        BadPageException e = assertThrows(BadPageException.class, () -> reader.read(file));
        assertTrue(e.reason().contains("only whitespace"), e.reason());
    }

    @Test
    void refusesBinaryWithNulBytes() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = write("picture.txt", png);
        BadPageException e = assertThrows(BadPageException.class, () -> reader.read(file));
        assertTrue(e.reason().contains("NUL byte at offset 8"), e.reason());
        assertTrue(e.reason().contains("binary"), e.reason());
    }

    @Test
    void refusesTextFullOfControlCharacters() throws Exception {
        byte[] bytes = new byte[400];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < bytes.length; i += 10) {
            bytes[i] = 0x07;
        }
        Path file = write("bells.txt", bytes);
        BadPageException e = assertThrows(BadPageException.class, () -> reader.read(file));
        assertTrue(e.reason().contains("40 control characters"), e.reason());
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorChinese() throws Exception {
        // Latin-1 French: invalid as UTF-8, and GB18030 would make no Chinese of it
        Path file = write("latin1.txt", "Le comité a été créé à Genève.".getBytes(StandardCharsets.ISO_8859_1));
        BadPageException e = assertThrows(BadPageException.class, () -> reader.read(file));
        assertTrue(e.reason().contains("not valid UTF-8"), e.reason());
        assertTrue(e.reason().contains("offset 8"), e.reason());
        assertTrue(e.reason().contains("save the page as UTF-8"), e.reason());
    }

    @Test
    void refusesAFileOverTheSizeLimitNamingItsSize() throws Exception {
        byte[] big = new byte[3000];
        Arrays.fill(big, (byte) 'x');
        Path file = write("big.txt", big);
        BadPageException e = assertThrows(BadPageException.class,
                () -> new PageReader(Manifest.empty(), 2048).read(file));
        assertTrue(e.reason().contains("2.9 KB (3000 bytes)"), e.reason());
        assertTrue(e.reason().contains("2.0 KB (2048 bytes) limit"), e.reason());
        assertEquals(20L * 1024 * 1024, PageReader.DEFAULT_MAX_BYTES);
        assertFalse(new PageReader(Manifest.empty()).read(file).text().isEmpty());
    }

    @Test
    void refusesMissingFilesAndDirectories() {
        Path missing = dir.resolve("nope.txt");
        assertEquals("does not exist", assertThrows(BadPageException.class, () -> reader.read(missing)).reason());
        assertTrue(assertThrows(BadPageException.class, () -> reader.read(dir)).reason().contains("directory"));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }
}
