package health.journey.command.risk;

/**
 * Inputs of the China-PAR 10-year ASCVD risk assessment: the eleven items besides sex that the 2019
 * Chinese guideline on the assessment and management of cardiovascular risk lists for the model
 * (section 1.2.1). Every field is nullable; a null field is reported as missing.
 *
 * @param sex sex
 * @param ageYears age in completed years; the equations were derived at ages 35 to 74
 * @param systolicBpMmHg current systolic blood pressure in mmHg
 * @param onBloodPressureTreatment whether the person takes antihypertensive medication
 * @param totalCholesterolMmolL total cholesterol in mmol/L
 * @param hdlCholesterolMmolL HDL cholesterol in mmol/L
 * @param currentSmoker whether the person currently smokes
 * @param diabetes whether the person has diabetes
 * @param waistCm waist circumference in cm
 * @param region where the person lives, north or south of the Yangtze River
 * @param residence whether the person lives in a city or in the countryside
 * @param familyHistoryOfAscvd whether the person has a family history of ASCVD
 */
public record ChinaParInput(
    Sex sex,
    Integer ageYears,
    Double systolicBpMmHg,
    Boolean onBloodPressureTreatment,
    Double totalCholesterolMmolL,
    Double hdlCholesterolMmolL,
    Boolean currentSmoker,
    Boolean diabetes,
    Double waistCm,
    Region region,
    Residence residence,
    Boolean familyHistoryOfAscvd) {

  /** North or south of the Yangtze River, the divide the model uses. */
  public enum Region {
    NORTH,
    SOUTH
  }

  /** Current residence. */
  public enum Residence {
    URBAN,
    RURAL
  }
}
