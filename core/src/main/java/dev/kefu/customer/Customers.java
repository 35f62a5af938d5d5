package dev.kefu.customer;

import dev.kefu.AccessDeniedException;
import dev.kefu.Decision;
import dev.kefu.InvalidCommandException;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.StaleVersionException;
import java.util.Optional;

/**
 * Customer files: registration, updates as order facts arrive, membership, VIP status, owners,
 * consent, and listing (CU-1 to CU-10).
 *
 * <p><b>Commands</b> validate their input (throwing {@link InvalidCommandException} with every
 * violation), check the actor's role ({@link AccessDeniedException}), and commit the change with
 * its events and notifications as one unit of work, or nothing at all. A command whose request id
 * (or order event id) was applied before returns the first result and changes nothing. A command
 * that keeps losing races to other writers throws {@link StaleVersionException} once kefu's
 * retries are spent.
 *
 * <p><b>Reads</b> mask contact addresses unless the viewer may see them (CU-8).
 *
 * <p>Thread-safe.
 */
public interface Customers {

  /**
   * Registers a customer (CU-1) and classifies them (CU-2 to CU-4, CU-6).
   *
   * @param command the registration
   * @return the new customer file, version 1
   */
  Customer register(RegisterCustomer command);

  /**
   * Changes basic data (CU-1, CU-6, CU-9).
   *
   * @param command the changes
   * @return the changed file
   */
  Customer updateProfile(UpdateCustomerProfile command);

  /**
   * Records an order from the shop and re-classifies the customer (CU-6).
   *
   * @param command the order event
   * @return the changed file
   */
  Customer recordOrder(RecordOrder command);

  /**
   * Issues, renews or removes a membership card (CU-4).
   *
   * @param command the change
   * @return the changed file
   */
  Customer setMembership(SetMembership command);

  /**
   * Grants or withdraws VIP status by hand; supervisors and above only (CU-4, ST-1).
   *
   * @param command the change
   * @return the changed file
   */
  Customer setVipStatus(SetVipStatus command);

  /**
   * Records marketing consent (CU-10).
   *
   * @param command the consent
   * @return the changed file
   */
  Customer recordMarketingConsent(RecordMarketingConsent command);

  /**
   * Decides whether a customer may be contacted for marketing now (CU-10), as
   * {@link MarketingConsentPolicy} does on their current file. Call it before every marketing
   * message the host sends itself; kefu calls it before its own.
   *
   * @param customerId the customer
   * @return the decision, naming CU-10
   * @throws NullPointerException if {@code customerId} is null
   * @throws InvalidCommandException if the customer is unknown
   */
  Decision decideMarketingContact(CustomerId customerId);

  /**
   * Gives a customer a new owner (CU-7), with a handover note for key customers (CU-9). The new
   * owner owes the customer a first contact within the configured time, 7 days by default
   * ({@link OwnershipRules}): kefu schedules due work that, if neither a ticket contact by the
   * owner nor {@link #recordFirstContact} shows it by then, marks it overdue and tells the owner's
   * team lead. A new assignment replaces the previous one's first contact.
   *
   * @param command the assignment
   * @return the changed file
   */
  Customer assignOwner(AssignCustomerOwner command);

  /**
   * Plans how customers would be spread over agents by skill level (CU-7), changing nothing: each
   * agent's target, the owner changes, and the key customers that would need a handover note
   * (CU-9). See {@link OwnerBalancing} for the formula.
   *
   * @param command the agents and customers
   * @return the plan
   * @throws InvalidCommandException listing every problem: unknown or repeated agents or
   *     customers, an agent who does not serve customers or has no level in the balancing skill
   *     (CU-7)
   * @throws AccessDeniedException unless the actor is a supervisor or above
   */
  OwnerPlan planOwners(BalanceCustomerOwners command);

  /**
   * Spreads customers over agents by skill level (CU-7) and applies the plan as owner assignments
   * in one unit of work: each moved customer gets the new owner, a first contact due
   * (see {@link #assignOwner}) and, if a key customer changes hands, the handover note (CU-9).
   * Running it again on a balanced set changes nothing.
   *
   * @param command the agents, customers and handover notes
   * @return the plan applied
   * @throws InvalidCommandException as {@link #planOwners}, and if a key customer that changes
   *     hands has no handover note (CU-9); nothing is changed
   * @throws AccessDeniedException unless the actor is a supervisor or above
   * @throws StaleVersionException if other writers kept changing the customers
   */
  OwnerPlan balanceOwners(BalanceCustomerOwners command);

  /**
   * Records the owner's first contact with a newly assigned customer (CU-7); the first contact
   * stops being due. Recording it again changes nothing.
   *
   * @param command the contact
   * @return the changed file
   * @throws InvalidCommandException if the customer is unknown, has no first contact pending, or
   *     the time is before the assignment or in the future
   * @throws AccessDeniedException unless the actor is the customer's owner
   */
  Customer recordFirstContact(RecordFirstContact command);

  /**
   * Re-classifies every customer whose stage, segment or tier has changed with time alone. kefu
   * runs this daily as due work; a host may call it too.
   *
   * @return how many customers changed
   */
  int reclassifyAll();

  /**
   * Loads a customer file as a viewer may see it: contact addresses masked unless the viewer may
   * read them (CU-8).
   *
   * @param viewer who reads
   * @param id the customer
   * @return the file, or empty if unknown
   * @throws InvalidCommandException if the viewer is unknown
   */
  Optional<Customer> find(StaffId viewer, CustomerId id);

  /**
   * Lists customer files, filtered and sorted (CU-5), masked as in {@link #find}.
   *
   * @param viewer who reads
   * @param query filters and order
   * @param page which slice
   * @return the page
   * @throws InvalidCommandException if the viewer is unknown
   */
  Page<Customer> list(StaffId viewer, CustomerQuery query, PageRequest page);

  /**
   * Reads a customer's contact details, unmasked (CU-8).
   *
   * @param viewer who reads
   * @param id the customer
   * @return the contact details
   * @throws InvalidCommandException if the viewer or the customer is unknown
   * @throws AccessDeniedException if the viewer has no need to see them
   */
  ContactDetails contactDetails(StaffId viewer, CustomerId id);
}
