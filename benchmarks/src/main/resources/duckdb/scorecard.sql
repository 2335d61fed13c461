-- The SPEC §4 reference set in DuckDB SQL: the reference implementation of the end-to-end benchmark.
-- DuckDbScorecard fills in ${input} (the CSV path as a string literal), ${segments} (the grouping sets: "()" for
-- the whole only, "(), (channel)" with --by channel) and ${segment} (the segment's name: '*' for the whole only,
-- else coalesce(channel, '*')) and runs the statements in order;
-- the last one returns one row per segment, its columns named by the KPI ids of SPEC §7.
-- Instants are compared as epoch microseconds, so 7 days are exactly 604,800 s whatever the time zone.

SET threads = 1;

SET TimeZone = 'UTC';

CREATE TEMP TABLE i AS
SELECT upper(channel) AS channel,
       customer_id,
       category,
       epoch_us(created_at) AS created_us,
       epoch_us(answered_at) AS answered_us,
       epoch_us(ended_at) AS ended_us,
       coalesce(wait_seconds, 0) AS wait_s,
       coalesce(talk_seconds, 0) + coalesce(hold_seconds, 0) + coalesce(wrap_seconds, 0) AS handle_s,
       upper(outcome) AS outcome,
       upper(coalesce(handled_by, 'HUMAN')) AS handled_by,
       csat, nps, ces, qa_partner, qa_client,
       coalesce(reopened, 0) AS reopened
FROM read_csv(${input}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {
        'interaction_id': 'VARCHAR', 'ticket_id': 'VARCHAR', 'customer_id': 'VARCHAR', 'channel': 'VARCHAR',
        'category': 'VARCHAR', 'language': 'VARCHAR', 'priority': 'VARCHAR', 'vendor': 'VARCHAR',
        'agent_id': 'VARCHAR', 'tier': 'VARCHAR', 'created_at': 'TIMESTAMPTZ', 'answered_at': 'TIMESTAMPTZ',
        'ended_at': 'TIMESTAMPTZ', 'wait_seconds': 'BIGINT', 'talk_seconds': 'BIGINT', 'hold_seconds': 'BIGINT',
        'wrap_seconds': 'BIGINT', 'outcome': 'VARCHAR', 'handled_by': 'VARCHAR', 'csat': 'INTEGER',
        'nps': 'INTEGER', 'ces': 'INTEGER', 'qa_partner': 'DECIMAL(18,6)', 'qa_client': 'DECIMAL(18,6)', 'reopened': 'INTEGER'});

WITH as_of AS (SELECT max(created_us) AS as_of_us FROM i),
r AS (
    SELECT i.*, as_of_us,
           outcome <> 'ABANDONED' AS is_handled,
           answered_us IS NOT NULL AND handled_by <> 'BOT' AS human_answered,
           (answered_us - created_us) / 1e6 AS frt_s,
           CASE WHEN outcome = 'RESOLVED' THEN (ended_us - created_us) / 1e6 END AS resolution_s,
           CASE channel WHEN 'VOICE' THEN 20 WHEN 'CHAT' THEN 60 WHEN 'WHATSAPP' THEN 300 WHEN 'SOCIAL' THEN 3600
                        ELSE 14400 END AS target_s,
           -- a later contact of the same customer on the same category within 7 days: the latest created_at in
           -- [created, created + 7 d] is later than created exactly when one exists (ties are not "after")
           max(created_us) OVER (PARTITION BY customer_id, category ORDER BY created_us
                                 RANGE BETWEEN CURRENT ROW AND 604800000000 FOLLOWING) > created_us AS repeated,
           outcome <> 'ABANDONED' AND created_us + 604800000000 <= as_of_us AS eligible
    FROM i, as_of
)
SELECT ${segment} AS segment,
       any_value(as_of_us) AS as_of_us,
       count(*) AS contacts,
       count(*) FILTER (WHERE is_handled) AS handled,
       count(*) FILTER (WHERE outcome = 'ABANDONED') / count(*)::DOUBLE AS abandonment_rate,
       avg(wait_s) FILTER (WHERE human_answered) AS asa_seconds,
       avg(handle_s) FILTER (WHERE is_handled AND handled_by <> 'BOT') AS aht_seconds,
       count(*) FILTER (WHERE csat >= 4) / nullif(count(csat), 0)::DOUBLE AS csat,
       avg(csat) AS csat_mean,
       100 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) / nullif(count(nps), 0)::DOUBLE
           AS nps,
       avg(ces) AS ces_mean,
       count(*) FILTER (WHERE eligible AND outcome IN ('RESOLVED', 'BOT_CONTAINED') AND NOT repeated)
           / nullif(count(*) FILTER (WHERE eligible), 0)::DOUBLE AS fcr,
       count(*) FILTER (WHERE eligible AND repeated) / nullif(count(*) FILTER (WHERE eligible), 0)::DOUBLE
           AS recontact_rate,
       count(*) FILTER (WHERE outcome = 'ESCALATED') / nullif(count(*) FILTER (WHERE is_handled), 0)::DOUBLE
           AS escalation_rate,
       count(*) FILTER (WHERE outcome = 'BOT_CONTAINED')
           / nullif(count(*) FILTER (WHERE handled_by IN ('BOT', 'BOT_TO_HUMAN')), 0)::DOUBLE AS containment_rate,
       quantile_cont(frt_s, 0.5) FILTER (WHERE human_answered) AS frt_p50_seconds,
       quantile_cont(frt_s, 0.9) FILTER (WHERE human_answered) AS frt_p90_seconds,
       quantile_cont(resolution_s, 0.5) AS resolution_p50_seconds,
       quantile_cont(resolution_s, 0.9) AS resolution_p90_seconds,
       count(*) FILTER (WHERE human_answered AND frt_s <= target_s)
           / nullif(count(*) FILTER (WHERE human_answered OR (outcome = 'ABANDONED' AND wait_s > target_s)), 0)::DOUBLE
           AS sla_first_response,
       avg(qa_partner) AS qa_mean,
       avg(abs(qa_partner - qa_client)) AS calibration_mad,
       count(*) FILTER (WHERE abs(qa_partner - qa_client) <= 5)
           / nullif(count(*) FILTER (WHERE qa_partner IS NOT NULL AND qa_client IS NOT NULL), 0)::DOUBLE
           AS calibration_within_5,
       count(*) FILTER (WHERE outcome = 'RESOLVED' AND reopened > 0)
           / nullif(count(*) FILTER (WHERE outcome = 'RESOLVED'), 0)::DOUBLE AS reopen_rate
FROM r
GROUP BY GROUPING SETS (${segments})
ORDER BY segment <> '*', list_position(['VOICE', 'EMAIL', 'CHAT', 'SOCIAL', 'WHATSAPP', 'IN_APP'], segment), segment;
