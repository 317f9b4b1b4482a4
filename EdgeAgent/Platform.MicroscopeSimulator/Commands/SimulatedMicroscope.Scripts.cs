using Platform.SerialEm.Commands;

namespace Platform.MicroscopeSimulator.Commands;

/// <summary>Commands that run user scripts or shell commands on the SerialEM PC: the simulator records them (never executes them) and takes the long-task time.</summary>
public sealed partial class SimulatedMicroscope
{
    /// <summary>What script, function, shell or long-operation commands were asked for, in order.</summary>
    public List<string> ScriptCalls { get; } = [];

    private void RegisterScripts()
    {
        foreach (var command in new[] { CommandTable.Call, CommandTable.CallFunction, CommandTable.RunInShell, CommandTable.LongOperation })
        {
            OnSet(command, a => ScriptCalls.Add($"{command.Name} {string.Join(' ', Enumerable.Range(0, a.Count).Select(i => a.Text(i)))}"));
        }
    }
}
