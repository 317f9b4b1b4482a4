namespace Platform.MicroscopeSimulator.Serving;

/// <summary>One answered exchange: the command (or function) name and the timestamps at request read and reply written.</summary>
public sealed record ExchangeTimes(string Command, long RequestReceivedTimestamp, long ReplySentTimestamp);
