package dev.kefu.spi;

/**
 * A channel through which a customer and the shop talk (TK-2). Every ticket and every contact
 * records its channel; notifications leave through one.
 */
public enum Channel {
  /** Live chat on the shop's web site or the marketplace's chat window. */
  ONLINE_CHAT,
  /** A phone call, inbound or outbound. */
  PHONE,
  /** E-mail. */
  EMAIL,
  /** Text message. */
  SMS,
  /** The shop's mobile app (push and in-app messages). */
  APP,
  /** WeChat. */
  WECHAT,
  /** A form on the shop's web site. */
  WEB_FORM;

  /**
   * Whether the shop can start a conversation on this channel by itself. A web form, for one,
   * only ever carries messages from the customer.
   *
   * @return true for channels a notification can be sent through
   */
  public boolean canReachCustomer() {
    return this != WEB_FORM;
  }
}
