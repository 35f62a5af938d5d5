package dev.kefu.bench.load;

/** A ticket command of the load test's lifecycles. */
enum Action {
  OPEN, ASSIGN, RESPOND, AWAIT_CUSTOMER, RESOLVE, REOPEN, CLOSE
}
