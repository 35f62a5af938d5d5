package dev.kefu.internal;

import dev.kefu.AccessDeniedException;
import dev.kefu.Decision;
import dev.kefu.Origin;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.staff.StaffAction;

/** Resolves who makes a command and checks their role may make it (ST-1). */
public final class Actors {

  private final Settings settings;

  /**
   * Creates the helper.
   *
   * @param settings the wiring
   */
  public Actors(Settings settings) {
    this.settings = settings;
  }

  /**
   * Looks up the command's actor; records a violation if they are unknown.
   *
   * @param origin the command's origin, possibly null if invalid
   * @param v where to record violations
   * @return the actor, or null if unknown
   */
  public StaffMember resolve(Origin origin, Violations v) {
    if (origin == null || origin.actor() == null || v.has("origin.actor")) {
      return null;
    }
    return member(origin.actor(), "origin.actor", v);
  }

  /**
   * Looks up a member of staff named in a command.
   *
   * @param id the staff id, possibly null if invalid
   * @param path the property path
   * @param v where to record violations
   * @return the member, or null if unknown
   */
  public StaffMember member(StaffId id, String path, Violations v) {
    return v.found(id, path, settings.staff()::find, "staff member");
  }

  /**
   * Checks the actor's role may make an action.
   *
   * @param actor the actor
   * @param action the action
   * @throws AccessDeniedException if the role may not
   */
  public void authorize(StaffMember actor, StaffAction action) {
    Decision d = settings.access().decide(actor.role(), action);
    if (!d.isAllowed()) {
      throw new AccessDeniedException(actor.id(), actor.role(), action.name(), d.ruleId(), d.reason());
    }
  }
}
