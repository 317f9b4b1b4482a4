using System.Text;
using Platform.Storage.Notifications;

namespace Platform.Storage.Tests.Notifications;

/// <summary>NOTIFY payloads: what the SQL completes decodes to the notification, stays under 8000 bytes, and garbage is refused.</summary>
public sealed class NotificationPayloadTests
{
    [Fact]
    public void A_grain_change_payload_completed_with_a_version_decodes_to_the_notification()
    {
        var key = new GrainStateKey("сессия", "ключ \"1\"", "state");

        var decoded = NotificationPayload.Decode(NotificationPayload.GrainChangedPrefix("node-a", key) + "42}");
        var cleared = NotificationPayload.Decode(NotificationPayload.GrainChangedPrefix("node-a", key) + "null}");

        Assert.Equal(new GrainStateChanged("node-a", key, "42"), decoded);
        Assert.Equal(new GrainStateChanged("node-a", key, null), cleared);
    }

    [Fact]
    public void A_stream_payload_completed_with_a_sequence_decodes_to_the_notification()
    {
        var decoded = NotificationPayload.Decode(NotificationPayload.StreamAppendedPrefix("b", "session-events", "s-1") + "7}");

        Assert.Equal(new StreamAppended("b", "session-events", "s-1", 7), decoded);
    }

    [Theory]
    [InlineData('\u0001')]
    [InlineData('"')]
    [InlineData('显')]
    public void The_largest_allowed_ids_fit_the_8000_byte_notify_limit(char worst)
    {
        var key = new GrainStateKey(new string(worst, StorageKeys.MaxNameLength), new string(worst, StorageKeys.MaxKeyLength), new string(worst, StorageKeys.MaxNameLength));

        var grain = NotificationPayload.GrainChangedPrefix(new string(worst, StorageKeys.MaxNodeIdLength), key) + long.MaxValue + "}";
        var stream = NotificationPayload.StreamAppendedPrefix(new string(worst, StorageKeys.MaxNodeIdLength), key.GrainType, key.GrainKey) + long.MaxValue + "}";

        Assert.True(Encoding.UTF8.GetByteCount(grain) < 8000, $"grain payload is {Encoding.UTF8.GetByteCount(grain)} bytes");
        Assert.True(Encoding.UTF8.GetByteCount(stream) < 8000, $"stream payload is {Encoding.UTF8.GetByteCount(stream)} bytes");
        Assert.Equal(key, ((GrainStateChanged)NotificationPayload.Decode(grain)).Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"t":"g","o":"a"}""")]
    [InlineData("""{"t":"q","o":"a"}""")]
    [InlineData("""{"t":"s","o":"a","ns":"n","k":"k","q":"seven"}""")]
    [InlineData("[1,2]")]
    public void Foreign_or_malformed_payloads_fail_with_a_format_error(string payload)
    {
        Assert.Throws<FormatException>(() => NotificationPayload.Decode(payload));
    }
}
