/**
 * Satisfaction surveys (QA-8): answers and the CSAT report.
 */
package dev.kefu.survey;
