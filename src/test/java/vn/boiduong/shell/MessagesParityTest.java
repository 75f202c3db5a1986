package vn.boiduong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the UI shows exists in Vietnamese and in English: each bundle's two files have the same keys. */
class MessagesParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "i18n/catalog", "i18n/training", "i18n/notify", "i18n/documents", "i18n/effect", "i18n/feedback", "i18n/rating", "i18n/targets", "i18n/reports", "i18n/budget", "i18n/tasks", "i18n/scope",
            "i18n/auth", "i18n/people", "i18n/errors"})
    void vietnameseAndEnglishBundlesHaveTheSameKeys(String basename) throws IOException {
        Properties vi = load(basename + "_vi.properties");
        Properties en = load(basename + "_en.properties");
        TreeSet<String> onlyVi = new TreeSet<>(vi.stringPropertyNames());
        onlyVi.removeAll(en.stringPropertyNames());
        TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(vi.stringPropertyNames());
        assertThat(onlyVi).as("keys in %s_vi missing from _en", basename).isEmpty();
        assertThat(onlyEn).as("keys in %s_en missing from _vi", basename).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesParityTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
