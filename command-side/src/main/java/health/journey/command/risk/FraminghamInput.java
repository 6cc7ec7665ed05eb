package health.journey.command.risk;

/**
 * Inputs of the Framingham general cardiovascular disease function. Every field is nullable; a null
 * field is reported as missing and no score is computed.
 *
 * @param sex sex
 * @param ageYears age in completed years; the function was derived at ages 30 to 74
 * @param totalCholesterolMgDl total cholesterol in mg/dL (the unit of the publication)
 * @param hdlCholesterolMgDl HDL cholesterol in mg/dL
 * @param systolicBpMmHg systolic blood pressure in mmHg
 * @param onBloodPressureTreatment whether the person takes antihypertensive medication
 * @param currentSmoker whether the person currently smokes
 * @param diabetes whether the person has diabetes
 */
public record FraminghamInput(
    Sex sex,
    Integer ageYears,
    Double totalCholesterolMgDl,
    Double hdlCholesterolMgDl,
    Double systolicBpMmHg,
    Boolean onBloodPressureTreatment,
    Boolean currentSmoker,
    Boolean diabetes) {}
