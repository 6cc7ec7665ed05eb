package health.journey.api.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @Test
  void theStandardsWorkedExampleIsValidAndCarriesBirthDateAndSex() {
    // GB 11643-1999 example: 11010519491231002X, a woman born 1949-12-31
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x", "idNumber", TODAY);
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  void aMansNumberHasAnOddSeventeenthDigit() {
    ResidentIdNumber id = ResidentIdNumber.parse("440524188001010014", "idNumber", TODAY);
    assertThat(id.sex()).isEqualTo(Sex.MALE);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
  }

  @Test
  void aWrongCheckDigitIsRefused() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("110105194912310021", "idNumber", TODAY))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("idNumber has a wrong check digit: please check the number");
  }

  @Test
  void anOldFifteenDigitNumberIsRefusedWithAHint() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("110105491231002", "idNumber", TODAY))
        .hasMessageContaining("give the 18-digit resident ID number");
  }

  @Test
  void anImpossibleBirthDateIsRefused() {
    // valid check digit, but 30 February
    assertThatThrownBy(
            () -> ResidentIdNumber.parse(withCheckDigit("11010519900230001"), "idNumber", TODAY))
        .hasMessage("idNumber holds no valid birth date");
  }

  private static String withCheckDigit(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }
}
