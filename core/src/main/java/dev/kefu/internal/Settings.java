package dev.kefu.internal;

import dev.kefu.customer.CustomerClassifier;
import dev.kefu.notification.RetryPolicy;
import dev.kefu.spi.Channel;
import dev.kefu.spi.CurrencyConverter;
import dev.kefu.spi.IdSource;
import dev.kefu.spi.complaint.ComplaintStore;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.revisit.RevisitStore;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.notification.NotificationTemplates;
import dev.kefu.spi.sla.SlaClockStore;
import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.store.DueWork;
import dev.kefu.spi.store.EventLog;
import dev.kefu.spi.store.InboundKeys;
import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.TicketStore;
import dev.kefu.staff.AccessPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a kefu instance is wired with, checked and complete; built by {@code Kefu.Builder}.
 * Internal: not exported.
 */
public record Settings(
    Clock clock,
    IdSource ids,
    Currency shopCurrency,
    Optional<CurrencyConverter> converter,
    ZoneId shopZone,
    Locale defaultLocale,
    Set<Channel> enabledChannels,
    CustomerStore customers,
    TicketStore tickets,
    ComplaintStore complaints,
    RevisitStore revisits,
    SlaClockStore slaClocks,
    UnitOfWorkCommitter committer,
    DueWork dueWork,
    Outbox outbox,
    InboundKeys inboundKeys,
    EventLog eventLog,
    StaffDirectory staff,
    AccessPolicy access,
    CustomerClassifier classifier,
    RetryPolicy retry,
    NotificationTemplates templates,
    Map<Channel, NotificationChannel> channels,
    NotificationChannel fallbackChannel,
    String instanceId,
    Duration lease,
    int commandRetries,
    int batchSize,
    LocalTime dailyRunAt) {}
