package dev.kefu.revisit;

import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.Optional;

/**
 * Revisits (RV-1 to RV-8). kefu plans them itself: after every complaint the customer accepted
 * (CP-7), and for every member on the member revisit days (RV-3, RV-6) through the duty scheduler;
 * each on a REVISIT ticket whose clock keeps the 3 days of RV-5, placed outside the customer's rest
 * hours (RV-2), on phone, SMS or e-mail (RV-1).
 *
 * <p>Thread-safe.
 */
public interface Revisits {

  /**
   * Records a revisit's outcome (RV-4); an unsatisfied outcome opens an improvement item (RV-7).
   *
   * @param command the command
   * @return the revisit, DONE or UNREACHABLE
   */
  Revisit record(RecordRevisitOutcome command);

  /**
   * Loads a revisit.
   *
   * @param id the id
   * @return it, or empty
   */
  Optional<Revisit> find(String id);

  /**
   * Lists revisits.
   *
   * @param query the filters
   * @param page which slice
   * @return the page
   */
  Page<Revisit> list(RevisitQuery query, PageRequest page);

  /**
   * The summary of a campaign (RV-8).
   *
   * @param campaign the campaign
   * @return reached, satisfied %, issues raised
   */
  CampaignSummary summary(String campaign);
}
