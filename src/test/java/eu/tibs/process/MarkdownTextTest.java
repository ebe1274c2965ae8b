package eu.tibs.process;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Company and broker text templated into a form's markdown shows as written and makes no markup. */
class MarkdownTextTest {

    @Test
    void aKeywordCannotCloseACodeBlockOrAddALinkOrImage() {
        String keyword = "cheese\n```\n![x](https://evil.example/p.png) [click](http://evil.example) <img src=x>";

        String escaped = MarkdownText.escape(keyword);

        assertThat(escaped).doesNotContain("```", "](", " <img", "://")
                .contains("\\`\\`\\`", "\\!\\[x\\]\\(https\\:\\/\\/evil\\.example", "\\<img src\\=x\\>");
    }

    @Test
    void headingsListsAndBareAddressesStayText() {
        assertThat(MarkdownText.escape("# Big\n1. one\n- two\nwww.evil.example mail@evil.example"))
                .isEqualTo("\\# Big  \n1\\. one  \n\\- two  \nwww\\.evil\\.example mail\\@evil\\.example");
    }

    @Test
    void indentationDoesNotStartACodeBlock() {
        assertThat(MarkdownText.escape("        evidence")).isEqualTo("\u00a0".repeat(8) + "evidence");
        assertThat(MarkdownText.escape(null)).isEmpty();
    }
}
