package health.journey.api.booking;

import health.journey.api.InvalidInput;
import health.journey.api.patient.Sex;
import java.math.BigDecimal;
import java.util.List;

/**
 * An exam package that can be booked (体检商城): what it includes, its price, who it suits and how many
 * can be examined a day.
 *
 * @param code the package's code, stable across changes
 * @param name its name
 * @param items what it includes (e.g. 血常规, 空腹血糖, 血脂四项)
 * @param priceYuan its price in yuan
 * @param sex the sex it suits, or null for anyone
 * @param minAge the youngest age it suits, or null
 * @param maxAge the oldest age it suits, or null
 * @param dailyCapacity how many bookings a day it takes
 */
public record ExamPackageDefinition(
    String code,
    String name,
    List<String> items,
    BigDecimal priceYuan,
    Sex sex,
    Integer minAge,
    Integer maxAge,
    int dailyCapacity) {

  public ExamPackageDefinition {
    code = InvalidInput.requireName(code, "code", 64);
    name = InvalidInput.requireText(name, "name", 200);
    InvalidInput.require(
        items != null && !items.isEmpty(), "items", "a package includes at least one item");
    items = items.stream().map(i -> InvalidInput.requireName(i, "items", 100)).toList();
    InvalidInput.require(items.size() <= 200, "items", "at most 200 items");
    InvalidInput.require(
        priceYuan != null
            && priceYuan.signum() >= 0
            && priceYuan.compareTo(BigDecimal.valueOf(1_000_000)) < 0,
        "priceYuan",
        "priceYuan must be between 0 and 1,000,000");
    InvalidInput.require(
        priceYuan.stripTrailingZeros().scale() <= 2,
        "priceYuan",
        "priceYuan has at most two decimals");
    sex = sex == Sex.UNKNOWN || sex == Sex.UNSPECIFIED ? null : sex;
    InvalidInput.require(
        minAge == null || (minAge >= 0 && minAge <= 130),
        "minAge",
        "minAge must be between 0 and 130");
    InvalidInput.require(
        maxAge == null || (maxAge >= 0 && maxAge <= 130),
        "maxAge",
        "maxAge must be between 0 and 130");
    InvalidInput.require(
        minAge == null || maxAge == null || minAge <= maxAge, "minAge", "minAge is above maxAge");
    InvalidInput.require(
        dailyCapacity >= 1 && dailyCapacity <= 10_000,
        "dailyCapacity",
        "dailyCapacity must be between 1 and 10000");
  }
}
