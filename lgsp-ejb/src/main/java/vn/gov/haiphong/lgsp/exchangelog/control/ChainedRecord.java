package vn.gov.haiphong.lgsp.exchangelog.control;

/**
 * An exchange record with its place in its node's chain: what one row of {@code exchange_log} holds besides the node.
 *
 * @param seq      the record's number in the node's chain, without gaps ({@code node_seq})
 * @param prevHash the previous record's hash ({@link ExchangeChain#GENESIS} for the first)
 * @param hash     this record's hash ({@link ExchangeChain#hash})
 */
public record ChainedRecord(ExchangeRecord record, long seq, String prevHash, String hash) {
}
