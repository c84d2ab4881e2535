package org.unionkg.graph;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** An {@link XMLStreamWriter} in UTF-8 that indents, for the XML formats; it escapes every text and attribute. */
final class XmlOut implements AutoCloseable {
    private final Writer writer;
    final XMLStreamWriter xml;
    private int depth;
    private boolean childless;

    XmlOut(OutputStream out) {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    interface XmlAction {
        void run() throws XMLStreamException;
    }

    static void call(XmlAction a) {
        try {
            a.run();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
        }
    }

    void start(String name) {
        call(() -> {
            newline();
            xml.writeStartElement(name);
        });
        depth++;
        childless = true;
    }

    void empty(String name) {
        call(() -> {
            newline();
            xml.writeEmptyElement(name);
        });
        childless = false;
    }

    void attribute(String name, String value) {
        call(() -> xml.writeAttribute(name, value));
    }

    void text(String s) {
        call(() -> xml.writeCharacters(s));
    }

    /** Ends an element; one that holds only text closes on its own line. */
    void end() {
        depth--;
        if (!childless) {
            call(this::newline);
        }
        call(xml::writeEndElement);
        childless = false;
    }

    /** {@code <name>text</name>} on one line. */
    void textElement(String name, String text) {
        start(name);
        text(text);
        end();
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    @Override
    public void close() {
        call(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        });
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
