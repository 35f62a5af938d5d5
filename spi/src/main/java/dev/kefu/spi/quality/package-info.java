/**
 * Quality assurance (QA-1, QA-2, CP-12, TK-18): reviews of sampled contacts scored on a weighted
 * scorecard, training-exam scores, QA's verification of praise and criticism naming an agent, and
 * the store port that reads them.
 */
package dev.kefu.spi.quality;
