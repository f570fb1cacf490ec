package dev.retort.it.keys;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A record with a primitive key from a sequence: the flush makes keyed copies before the INSERT. */
@Table(name = "key_vouchers")
public record Voucher(
        @Column(primaryKey = true, sequence = "key_voucher_seq", allocationSize = 10) long id,
        @Column(length = 50) String code) implements KeysBase {}
