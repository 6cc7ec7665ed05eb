package health.journey.api.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.InvalidInput;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @Test
  void mobileNumbersAreStoredWithoutSeparatorsOrCountryCode() {
    assertThat(PhoneNumber.normalize("+86 138-1234-1234", "phone")).isEqualTo("13812341234");
    assertThat(PhoneNumber.normalize("0086 13812341234", "phone")).isEqualTo("13812341234");
  }

  @Test
  void landlinesAndInternationalNumbersAreAccepted() {
    assertThat(PhoneNumber.normalize("010-6512 3456", "phone")).isEqualTo("01065123456");
    assertThat(PhoneNumber.normalize("+852 9123 4567", "phone")).isEqualTo("+85291234567");
  }

  @Test
  void somethingElseIsRefusedNamingTheField() {
    assertThatThrownBy(() -> PhoneNumber.normalize("12345", "phone"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageStartingWith("phone is not a phone number");
    assertThatThrownBy(() -> PhoneNumber.normalize("1281234123", "phone"))
        .isInstanceOf(InvalidInput.class);
  }
}
