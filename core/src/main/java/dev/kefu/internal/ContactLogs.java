package dev.kefu.internal;

import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The contacts of ticket logs as QA and the KPIs count them. Nothing in a log is removed: a
 * correction is a new entry naming the one it corrects, so an entry and its corrections are one
 * contact, and the latest correction is what counts (its handler, times and messages).
 */
final class ContactLogs {

  private ContactLogs() {}

  /** One contact as it stands after its corrections. */
  record Contact(Ticket ticket, ContactLogEntry entry) {}

  /**
   * The effective entries of a ticket's log: for each original entry, its latest correction (or
   * itself), in the order of the original entries.
   */
  static List<ContactLogEntry> effective(Ticket ticket) {
    List<ContactLogEntry> log = ticket.contactLog();
    Map<Integer, Integer> rootOf = new HashMap<>();
    Map<Integer, ContactLogEntry> latest = new java.util.LinkedHashMap<>();
    for (ContactLogEntry e : log) {
      int root = e.corrects().map(c -> rootOf.getOrDefault(c, c)).orElse(e.sequence());
      rootOf.put(e.sequence(), root);
      latest.put(root, e); // later entries replace earlier ones of the same contact
    }
    return new ArrayList<>(latest.values());
  }

  /** Hands every effective contact staff handled, of every ticket, to {@code action}. */
  static void forEachStaffContact(Settings settings, Consumer<Contact> action) {
    Pages.forEach(page -> settings.tickets().list(TicketQuery.all(), page), t -> {
      for (ContactLogEntry e : effective(t)) {
        if (e.handledBy().isPresent()) {
          action.accept(new Contact(t, e));
        }
      }
    });
  }
}
