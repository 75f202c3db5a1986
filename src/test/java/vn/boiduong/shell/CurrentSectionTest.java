package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.boiduong.IntegrationTest;
import vn.boiduong.TestHttp;

/** Issue 14, point 10: the menu marks the section of the page being shown (rendered over real HTTP). */
@IntegrationTest
class CurrentSectionTest {

    @LocalServerPort
    int port;

    /** The opening tag of the menu link with this id. */
    private static String link(String html, String id) {
        Matcher m = Pattern.compile("<a [^>]*id=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group();
    }

    private static boolean current(String tag) {
        return tag.matches("(?s).*class=\"[^\"]*\\bactive\\b[^\"]*\".*") && tag.contains("aria-current=\"page\"");
    }

    @Test
    void theLinkOfTheCurrentSectionIsActive() {
        TestHttp browser = TestHttp.browser(port);
        browser.login("vhxh.phulien", TestHttp.DEMO_PASSWORD);
        String people = browser.get("/people").body();
        assertThat(current(link(people, "nav-people"))).as(link(people, "nav-people")).isTrue();
        assertThat(current(link(people, "nav-classes"))).isFalse();
        assertThat(current(link(people, "nav-home"))).isFalse();

        String person = browser.get("/people/new").body();
        assertThat(current(link(person, "nav-people"))).isTrue();

        String targets = browser.get("/targets").body();
        assertThat(current(link(targets, "nav-targets"))).isTrue();
        assertThat(link(targets, "nav-follow-up")).contains("active"); // the "Theo dõi" parent too
        assertThat(current(link(targets, "nav-people"))).isFalse();
        assertThat(link(people, "nav-follow-up")).doesNotContain("active");

        String home = browser.get("/").body();
        assertThat(current(link(home, "nav-home"))).isTrue();
        assertThat(current(link(home, "nav-people"))).isFalse();
    }

    @Test
    void pathsMapToTheirMenuEntry() {
        assertThat(NavSection.of("/")).isEqualTo("nav-home");
        assertThat(NavSection.of("/people/12/edit")).isEqualTo("nav-people");
        assertThat(NavSection.of("/peoplex")).isEmpty();
        assertThat(NavSection.of("/me/training")).isEqualTo("nav-my-training");
        assertThat(NavSection.of("/me")).isEqualTo("nav-me");
        assertThat(NavSection.of("/results/pending")).isEqualTo("nav-classes");
        assertThat(NavSection.of("/budget/export.xlsx")).isEqualTo("nav-budget");
        assertThat(NavSection.inFollowUp("nav-reports")).isTrue();
        assertThat(NavSection.inFollowUp("nav-people")).isFalse();
    }
}
