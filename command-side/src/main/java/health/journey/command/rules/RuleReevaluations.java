package health.journey.command.rules;

import health.journey.api.ActorType;
import health.journey.api.MetaDataKeys;
import health.journey.api.PatientId;
import health.journey.api.rules.EvaluateRules;
import health.journey.api.rules.FindRuleReevaluationsQuery;
import health.journey.api.rules.TaggingRulePublished;
import health.journey.api.rules.TaggingRuleRetired;
import health.journey.api.rules.TaggingRules;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates a rule over every patient when a version is published or the rule is retired, as a
 * background job: the job is recorded when the event is handled (in the policy's transaction, so it
 * is never lost), then worked through in patient-id order a batch at a time, its position stored
 * after each batch, so it resumes where it stood after a restart. One instance holds a job while
 * its lease runs. Each change it brings acts as the new rule version.
 */
@Component
@ProcessingGroup(RuleReevaluations.GROUP)
@DisallowReplay
class RuleReevaluations {

  static final String GROUP = "rule-reevaluation-policy";
  private static final int BATCH = 200;
  private static final Logger log = LoggerFactory.getLogger(RuleReevaluations.class);

  private final JdbcTemplate jdbc;
  private final CommandGateway commands;
  private final String instance = UUID.randomUUID().toString();

  RuleReevaluations(JdbcTemplate jdbc, CommandGateway commands) {
    this.jdbc = jdbc;
    this.commands = commands;
  }

  @EventHandler
  void on(TaggingRulePublished event, EventMessage<?> message) {
    record(message.getIdentifier(), event.code(), event.version());
  }

  @EventHandler
  void on(TaggingRuleRetired event, EventMessage<?> message) {
    record(message.getIdentifier(), event.code(), event.version());
  }

  private void record(String jobId, String code, int version) {
    Long patients = jdbc.queryForObject("SELECT count(*) FROM card_number_claim", Long.class);
    jdbc.update(
        "INSERT INTO rule_reevaluation"
            + " (job_id, rule_code, rule_version, cause_event_id, total, started_at)"
            + " VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT (job_id) DO NOTHING",
        jobId,
        code,
        version,
        jobId,
        patients);
  }

  /** Works on the oldest unfinished job no other instance holds, a batch at a time. */
  @Scheduled(fixedDelay = 1000)
  void work() {
    List<Job> jobs =
        jdbc.query(
            "UPDATE rule_reevaluation SET lease_owner = ?, lease_until = now() + interval '60 seconds'"
                + " WHERE job_id = (SELECT job_id FROM rule_reevaluation WHERE finished_at IS NULL"
                + " AND (lease_until IS NULL OR lease_until < now() OR lease_owner = ?)"
                + " ORDER BY started_at LIMIT 1 FOR UPDATE SKIP LOCKED)"
                + " RETURNING job_id, rule_code, rule_version, cause_event_id, after_patient",
            (rs, n) ->
                new Job(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getObject(5, UUID.class)),
            instance,
            instance);
    if (jobs.isEmpty()) {
      return;
    }
    Job job = jobs.get(0);
    List<UUID> batch =
        jdbc.queryForList(
            "SELECT DISTINCT patient_id FROM card_number_claim"
                + " WHERE (CAST(? AS uuid) IS NULL OR patient_id > ?) ORDER BY patient_id LIMIT ?",
            UUID.class,
            job.after(),
            job.after(),
            BATCH);
    if (batch.isEmpty()) {
      jdbc.update(
          "UPDATE rule_reevaluation SET finished_at = now(), lease_owner = NULL, lease_until = NULL"
              + " WHERE job_id = ?",
          job.id());
      log.info(
          "Rule {} re-evaluated over every patient", TaggingRules.actor(job.code(), job.version()));
      return;
    }
    MetaData actor =
        MetaData.with(MetaDataKeys.ACTOR_TYPE, ActorType.RULE.name())
            .and(MetaDataKeys.ACTOR_ID, TaggingRules.actor(job.code(), job.version()))
            .and(MetaDataKeys.ACTING_ROLE, "");
    for (UUID patient : batch) {
      try {
        commands.sendAndWait(
            GenericCommandMessage.asCommandMessage(
                    new EvaluateRules(
                        PatientId.of(patient.toString()), job.cause(), job.code(), null))
                .andMetaData(actor));
      } catch (RuntimeException failed) {
        log.warn(
            "Re-evaluating {} for a patient failed; the job goes on",
            TaggingRules.actor(job.code(), job.version()),
            failed);
      }
    }
    jdbc.update(
        "UPDATE rule_reevaluation SET after_patient = ?, done = done + ?,"
            + " lease_until = now() + interval '60 seconds' WHERE job_id = ? AND lease_owner = ?",
        batch.get(batch.size() - 1),
        batch.size(),
        job.id(),
        instance);
  }

  @QueryHandler
  FindRuleReevaluationsQuery.Reevaluations handle(FindRuleReevaluationsQuery query) {
    return new FindRuleReevaluationsQuery.Reevaluations(
        jdbc.query(
            "SELECT job_id, rule_code, rule_version, done, total, started_at, finished_at"
                + " FROM rule_reevaluation WHERE (CAST(? AS text) IS NULL OR rule_code = ?)"
                + " ORDER BY started_at DESC LIMIT ?",
            (rs, n) ->
                new FindRuleReevaluationsQuery.Reevaluation(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    instant(rs.getTimestamp(6)),
                    instant(rs.getTimestamp(7))),
            query.ruleCode(),
            query.ruleCode(),
            query.limit()));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private record Job(String id, String code, int version, String cause, UUID after) {}
}
