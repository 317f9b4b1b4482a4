namespace Platform.Identity.Claims;

/// <summary>Who is calling: nobody signed in, a person, or an edge agent.</summary>
public enum CallerKind
{
    Anonymous,
    User,
    Agent,
}
