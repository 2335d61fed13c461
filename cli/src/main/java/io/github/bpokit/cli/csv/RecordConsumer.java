package io.github.bpokit.cli.csv;

import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import java.util.function.Consumer;

/**
 * A consumer of accepted interactions that also takes them as records: the byte-level reader hands on a row it read
 * as a record {@linkplain InteractionRecord#isValid() valid as is} without building its {@link Interaction}. The
 * record is the reader's: it is filled again with a later row once the call returns. Rows the full checks accepted
 * still come as interactions.
 */
interface RecordConsumer extends Consumer<Interaction> {
  /**
   * Takes one accepted row.
   *
   * @param record the row's fields, valid as is; read it (or copy it) before returning
   */
  void acceptRecord(InteractionRecord record);
}
