package org.annalist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecodingTest {

    @ParameterizedTest
    @ValueSource(strings = {"utf8_bom.txt", "utf16le_bom.txt", "utf16be_bom.txt", "windows1252.txt"})
    void everyEncodingReadsToTheSameTextWithoutMojibake(String file) {
        Article a = Fixtures.article("encodings/" + file);

        assertThat(a.text()).startsWith("Élysée warns Moscow over Aleppo\n\nPARIS")
                .contains("François Hollande", "“the bombing must stop”", "(AFP) – The")
                .doesNotContain("\uFEFF", "\uFFFD", "Ã");
        assertThat(a.title()).isEqualTo("Élysée warns Moscow over Aleppo");
        assertThat(a.published()).isEqualTo(new PublicationDate(LocalDate.of(2016, 10, 6), DateSource.DATELINE,
                "dateline 'PARIS, Oct 6, 2016 (AFP)'"));
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreReportedWithTheOffendingByte() {
        Corpus c = Fixtures.read(Fixtures.path("encodings/undecodable.txt"));

        assertThat(c.articles()).isEmpty();
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("undecodable bytes: the bytes are not UTF-8 and byte 0x81 at offset 23 is not valid windows-1252"));
    }

    @Test
    void aByteOrderMarkFollowedByBrokenUtf16IsUndecodable() throws Exception {
        TextDecoder decoder = new TextDecoder();
        byte[] oddSurrogate = {(byte) 0xFF, (byte) 0xFE, 0x41, 0x00, 0x00, (byte) 0xD8, 0x41, 0x00};

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decoder.decode(oddSurrogate))
                .isInstanceOf(BadInputException.class).hasMessageContaining("UTF-16 LE");
    }
}
