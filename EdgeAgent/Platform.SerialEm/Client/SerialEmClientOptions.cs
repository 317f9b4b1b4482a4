using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Client;

/// <summary>Where SerialEM listens and how the client talks to it.</summary>
public sealed record SerialEmClientOptions
{
    /// <summary>SerialEM's external-control port (reference §1.1).</summary>
    public const int DefaultPort = 48888;

    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = DefaultPort;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public CommandTimeouts Timeouts { get; init; } = new();

    /// <summary>Ask OKtoRunExternalScript on the first connection, as the Python module does; false answers raise a busy error.</summary>
    public bool CheckOkToRunOnFirstConnect { get; init; } = true;

    public int MaximumPacketBytes { get; init; } = PacketFraming.DefaultMaximumPacketBytes;

    /// <summary>Largest buffer image accepted (a header claiming more is a protocol error).</summary>
    public long MaximumImageBytes { get; init; } = int.MaxValue;
}
