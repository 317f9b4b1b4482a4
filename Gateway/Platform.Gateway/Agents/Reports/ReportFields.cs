using System.Globalization;

namespace Platform.Gateway.Agents.Reports;

/// <summary>Typed reads of one coerced report input; a missing or unusable value is a <see cref="ReportRejectedException"/> (malformed).</summary>
public sealed class ReportFields(string kind, IReadOnlyDictionary<string, object?> values)
{
    public const int MaxTextLength = 4000;

    public string Kind { get; } = kind;

    public string IdempotencyKey => values.GetValueOrDefault("idempotencyKey") as string ?? "";

    public string SessionId => values.GetValueOrDefault("sessionId") as string ?? "";

    public DateTimeOffset OccurredAtUtc =>
        DateTimeOffset.TryParse(Text("occurredAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime()
            : throw Malformed("occurredAt must be an ISO 8601 date and time");

    public string Text(string name, int maxLength = MaxTextLength) =>
        values.GetValueOrDefault(name) is string { Length: > 0 } text && text.Length <= maxLength && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw Malformed($"{name} must be 1 to {maxLength} characters");

    public string? OptionalText(string name, int maxLength = MaxTextLength) =>
        values.GetValueOrDefault(name) is string text ? (text.Length <= maxLength ? text : throw Malformed($"{name} must be at most {maxLength} characters")) : null;

    /// <summary>True when the optional field <paramref name="name"/> was given (not null).</summary>
    public bool Has(string name) => values.GetValueOrDefault(name) is not null;

    public int Int(string name, int min = int.MinValue) =>
        values.GetValueOrDefault(name) is int value && value >= min ? value : throw Malformed($"{name} must be an integer of at least {min}");

    public double Number(string name) =>
        values.GetValueOrDefault(name) is double value && double.IsFinite(value) ? value : throw Malformed($"{name} must be a finite number");

    public T Enum<T>(string name)
        where T : struct, Enum =>
        values.GetValueOrDefault(name) is T value ? value : throw Malformed($"{name} is required");

    public T Value<T>(string name)
        where T : class =>
        values.GetValueOrDefault(name) as T ?? throw Malformed($"{name} is required");

    public ReportRejectedException Malformed(string reason) => new(ReportRejectedException.Malformed, $"{Kind} report '{IdempotencyKey}': {reason}.");
}
