package dev.sivi4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DataSizeTest {
  @ParameterizedTest
  @CsvSource({
    "25Mb, 26214400",
    "2Mb, 2097152",
    "'1.5 GB', 1610612736",
    "0b, 0",
    "'512 B', 512",
    "10kb, 10240",
    "'3 Tb', 3298534883328",
    "' 7 mb ', 7340032",
    "'2 bytes', 2",
    "'0.5 kB', 512"
  })
  void readsBinaryMultiples(String text, long bytes) {
    DataSize size = DataSize.parse(text);
    assertThat(size.bytes()).hasValue(bytes);
    assertThat(size.text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown", "", "25 MiB", "-5Mb", "Mb", "25 parsecs", "1e3Mb", "25,5Mb"})
  void keepsTheTextOfAnUnknownFormat(String text) {
    DataSize size = DataSize.parse(text);
    assertThat(size.bytes()).isEmpty();
    assertThat(size.text()).isEqualTo(text);
    assertThat(size).hasToString(text);
  }

  @Test
  void treatsASizeTooLargeForALongAsUnknownRatherThanWrapping() {
    DataSize size = DataSize.parse("9000000 Tb");
    assertThat(size.bytes()).isEmpty();
    assertThat(size.text()).isEqualTo("9000000 Tb");
  }

  @Test
  void readsTheLargestSizeThatFits() {
    assertThat(DataSize.parse("8388607 Tb").bytes()).hasValue(8_388_607L << 40);
  }

  @Test
  void rejectsNullNamingIt() {
    assertThatNullPointerException().isThrownBy(() -> DataSize.parse(null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> new DataSize("1b", null)).withMessage("bytes");
    assertThat(new DataSize("x", OptionalLong.of(1)).bytes()).hasValue(1);
  }
}
