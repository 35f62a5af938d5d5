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
   * Whether kefu can send a notification on this channel by itself: e-mail, SMS, the app and
   * WeChat. Chat and phone need an agent in a live conversation; a web form only carries
   * messages from the customer.
   *
   * @return true for e-mail, SMS, app and WeChat
   */
  public boolean isNotifiable() {
    return this == EMAIL || this == SMS || this == APP || this == WECHAT;
  }
}
