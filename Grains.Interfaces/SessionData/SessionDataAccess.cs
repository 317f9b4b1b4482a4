namespace Platform.Grains.SessionData;

/// <summary>What a session data grant allows: reading (users downloading) or writing new files (the agent uploading).</summary>
public enum SessionDataAccess
{
    Read,
    Write,
}
