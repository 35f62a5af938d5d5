/**
 * Staffing (ST-1 to ST-16): shift templates, the week's roster, agents' state timelines, and the
 * rules that check them — rest days, swaps, leave notice and approval, night-shift leave,
 * lateness and time off post, discipline, labour limits — plus the coverage of a roster against
 * the agents each interval needs ({@link dev.kefu.workforce}).
 *
 * <p>Every rule is a policy that returns findings naming its rule ID; a check collects every
 * finding, never only the first. The types here are immutable values: a host keeps its rosters,
 * leave requests and timelines where it likes and asks kefu to judge them.
 */
package dev.kefu.staffing;
