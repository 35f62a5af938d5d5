/**
 * Revisits (RV-1 to RV-8): rest hours, revisit rules, recording outcomes and campaign summaries.
 */
package dev.kefu.revisit;
