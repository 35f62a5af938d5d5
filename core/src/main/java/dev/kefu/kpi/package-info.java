/**
 * Key performance indicators per agent, team and period ({@link dev.kefu.kpi.Kpi} defines each
 * one: numerator, denominator, time base, empty denominator), the team lead's KPI assessment
 * (QA-3), the refund rate (QA-7), and the two KPI-driven reports of QA-4: each agent's daily report
 * and the Monday weekly review. Reach it through {@code kefu.kpis()}.
 */
package dev.kefu.kpi;
