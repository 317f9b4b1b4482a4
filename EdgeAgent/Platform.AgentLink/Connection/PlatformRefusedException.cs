namespace Platform.AgentLink.Connection;

/// <summary>The platform answered but refused the request as a whole (GraphQL errors such as validation or an unknown microscope).</summary>
public sealed class PlatformRefusedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
