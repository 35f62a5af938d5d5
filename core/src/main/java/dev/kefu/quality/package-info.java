/**
 * Quality assurance (QA-1, QA-2, CP-12, TK-18): which contacts QA reviews ({@link
 * dev.kefu.quality.SamplingPolicy}), the weighted {@link dev.kefu.quality.Scorecard}, reviews with
 * feedback to the agent and team lead, verification of complaints and praise about agents, and the
 * monthly summary of QA and training-exam scores. Reach it through {@code kefu.quality()}.
 */
package dev.kefu.quality;
