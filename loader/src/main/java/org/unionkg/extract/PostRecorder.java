package org.unionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the posts a chain of titles gives a person in a body. A title whose seat is elsewhere gets a post there:
 * 区长 in 通州区委副书记、区长郑皓 is a post in 通州区人民政府, so that chain gives two posts. A chain of words of
 * belonging only (参赛教职工) gives a bare affiliation. Thread-safe.
 */
final class PostRecorder {
    private final Lexicon lexicon;
    private final TitleChains chains;

    PostRecorder(Lexicon lexicon, TitleChains chains) {
        this.lexicon = lexicon;
        this.chains = chains;
    }

    /** Records the posts of {@code chain} held by the person in the body; the department is kept in the role text. */
    void record(String person, String orgName, TitleChains.Chain chain, String department, String sentence, FactDraft draft) {
        List<String> here = new ArrayList<>();
        List<String> seated = new ArrayList<>();
        String seat = null;
        for (String title : chain.titles()) {
            String s = chains.title(title).seat();
            if (!s.isEmpty() && seatBody(orgName, s, draft) != null) {
                seated.add(title);
                seat = seatBody(orgName, s, draft);
            } else {
                here.add(title);
            }
        }
        if (!chains.holdsPost(chain)) {
            // 参赛教职工周阳: the person belongs to the body, but holds no post there
            draft.post(new PostFact(person, orgName, null, List.of(), sentence));
            return;
        }
        if (seated.isEmpty()) {
            draft.post(new PostFact(person, orgName, department + chain.text(), chain.titles(), sentence));
            return;
        }
        if (!here.isEmpty()) {
            draft.post(new PostFact(person, orgName, department + String.join("、", here), here, sentence));
        }
        draft.post(new PostFact(person, seat, String.join("、", seated), seated, sentence));
    }

    /** The body a seated title sits in: the government of the district the named body belongs to; null if none. */
    String seatBody(String orgName, String seat, FactDraft draft) {
        if (!seat.equals("district-government")) {
            return null;
        }
        String name = orgName.startsWith("北京市") ? orgName.substring(3) : orgName;
        for (String form : lexicon.districtForms()) {
            if (name.startsWith(form)) {
                String district = lexicon.district(form).orElseThrow();
                String gov = district + "人民政府";
                draft.org(new OrgFact(MentionType.ORGANIZATION, gov, Set.of(), null, null, null, "government", district));
                draft.place(new PlaceFact(district, "district", null));
                return gov;
            }
        }
        return null;
    }
}
