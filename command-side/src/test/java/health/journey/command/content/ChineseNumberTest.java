package health.journey.command.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers read the same in digits and Chinese numerals. */
class ChineseNumberTest {

  @ParameterizedTest
  @CsvSource({
    "3, 3",
    "三, 3",
    "两, 2",
    "十, 10",
    "十五, 15",
    "二十, 20",
    "二十三, 23",
    "一百, 100",
    "百, 100",
    "一百零一, 101",
    "一百二十, 120",
    "一〇〇, 100",
    "100, 100",
    "两千零五, 2005",
    "一万二千, 12000",
    "十万, 100000",
    "1万, 10000",
    "3千, 3000",
    "七十二, 72"
  })
  void readsNumbersInDigitsAndChineseNumerals(String written, long value) {
    assertThat(ChineseNumber.parse(written)).hasValue(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "几", "三天", "1234567890123456789"})
  void refusesWhatIsNotANumber(String written) {
    assertThat(ChineseNumber.parse(written)).isEmpty();
  }
}
