namespace Maiev.Actors.RabbitMq;

/// <summary>
/// The figures the management API reported for one queue. Every field is optional: a new queue has
/// no counters for about a second, and <c>message_stats</c> appears only after the first message.
/// A null is "not reported", never zero.
/// </summary>
/// <param name="Name">The queue name.</param>
/// <param name="Vhost">The queue's vhost, when reported.</param>
/// <param name="MessagesReady"><c>messages_ready</c>.</param>
/// <param name="MessagesUnacknowledged"><c>messages_unacknowledged</c>.</param>
/// <param name="Consumers"><c>consumers</c>.</param>
/// <param name="ConsumerUtilisation"><c>consumer_utilisation</c> (0..1).</param>
/// <param name="HeadMessageTimestamp"><c>head_message_timestamp</c>, Unix seconds (set only when publishers set an AMQP timestamp).</param>
/// <param name="HasMessageStats">Whether <c>message_stats</c> was present (maiev: no stats → <c>rate</c> unknown).</param>
/// <param name="PublishRate"><c>message_stats.publish_details.rate</c>.</param>
/// <param name="DeliverRate"><c>message_stats.deliver_get_details.rate</c> (deliveries to consumers plus basic.get), else <c>deliver_details.rate</c>.</param>
/// <param name="AckRate"><c>message_stats.ack_details.rate</c>.</param>
internal sealed record QueueStats(
    string Name,
    string? Vhost = null,
    long? MessagesReady = null,
    long? MessagesUnacknowledged = null,
    int? Consumers = null,
    double? ConsumerUtilisation = null,
    double? HeadMessageTimestamp = null,
    bool HasMessageStats = false,
    double? PublishRate = null,
    double? DeliverRate = null,
    double? AckRate = null);
