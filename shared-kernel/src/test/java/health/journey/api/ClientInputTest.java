package health.journey.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Times, dates and text from clients: what is accepted, and what is refused and why. */
class ClientInputTest {

  @Test
  void businessTimesRunFrom1900UpToNowAllowingForAClientClockAhead() {
    assertThat(BusinessTime.orNow(Instant.parse("1900-01-01T00:00:00Z")))
        .isEqualTo("1900-01-01T00:00:00Z");
    assertThat(BusinessTime.orNow(Instant.parse("2024-03-01T08:30:00.123456789Z")))
        .isEqualTo("2024-03-01T08:30:00.123456Z");
    Instant aMinuteAhead = Instant.now().plus(Duration.ofMinutes(1));
    assertThat(BusinessTime.orNow(aMinuteAhead))
        .isEqualTo(aMinuteAhead.truncatedTo(ChronoUnit.MICROS));

    assertThatThrownBy(() -> BusinessTime.orNow(Instant.parse("1899-12-31T23:59:59Z")))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("occurredAt must be on or after 1900-01-01");
    assertThatThrownBy(() -> BusinessTime.orNow(Instant.MIN))
        .hasMessage("occurredAt must be on or after 1900-01-01");
    assertThatThrownBy(() -> BusinessTime.orNow(Instant.now().plus(Duration.ofMinutes(10))))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("occurredAt cannot be in the future");
    assertThatThrownBy(() -> BusinessTime.orNow(Instant.MAX))
        .hasMessage("occurredAt cannot be in the future");
  }

  @Test
  void datesRunFrom1900UpToTheLatestTodayOnEarth() {
    assertThat(BusinessTime.pastDate(null, "birthDate")).isNull();
    assertThat(BusinessTime.pastDate(LocalDate.of(1900, 1, 1), "birthDate"))
        .isEqualTo("1900-01-01");
    // in Kiribati (UTC+14) tomorrow may already have begun
    LocalDate latestToday = LocalDate.now(ZoneOffset.MAX);
    assertThat(BusinessTime.pastDate(latestToday, "birthDate")).isEqualTo(latestToday);

    assertThatThrownBy(() -> BusinessTime.pastDate(latestToday.plusDays(1), "birthDate"))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("birthDate cannot be in the future")
        .extracting(e -> ((InvalidInput) e).field())
        .isEqualTo("birthDate");
    assertThatThrownBy(() -> BusinessTime.pastDate(LocalDate.of(1899, 12, 31), "measuredOn"))
        .hasMessage("measuredOn must be on or after 1900-01-01");
    assertThatThrownBy(() -> BusinessTime.pastDate(LocalDate.MIN, "measuredOn"))
        .hasMessage("measuredOn must be on or after 1900-01-01");
  }

  @Test
  void textMustBeValidUnicodeWithoutControlCharacters() {
    // characters outside the basic plane (a rare surname character, an emoji) are pairs: fine
    assertThat(InvalidInput.requireText(" 𠀀明 \uD83D\uDE00 ", "name", 10))
        .isEqualTo("𠀀明 \uD83D\uDE00");

    assertThatThrownBy(() -> InvalidInput.requireText("王\uD800丽", "name", 10))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("name is not valid Unicode text (it contains an unpaired surrogate)");
    assertThatThrownBy(() -> InvalidInput.requireText("\uDC00", "tag", 10))
        .hasMessage("tag is not valid Unicode text (it contains an unpaired surrogate)");
    assertThatThrownBy(() -> InvalidInput.requireText("a\u0000b", "tag", 10))
        .hasMessage("tag must not contain control characters");
    assertThatThrownBy(() -> InvalidInput.requireText(" \t ", "tag", 10))
        .hasMessage("tag is required");
  }
}
