package dev.kefu.testkit.broken;

import dev.kefu.memory.InMemoryStorage;

/** A storage that hands every port through to an in-memory one; broken storages override one port. */
abstract class ForwardingStorage extends dev.kefu.spi.store.ForwardingStorage {

  final InMemoryStorage delegate;

  ForwardingStorage() {
    this(new InMemoryStorage());
  }

  private ForwardingStorage(InMemoryStorage delegate) {
    super(delegate);
    this.delegate = delegate;
  }
}
