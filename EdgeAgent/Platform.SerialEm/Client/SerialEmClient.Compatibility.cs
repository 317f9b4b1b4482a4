using Platform.SerialEm.Commands;
using Platform.SerialEm.Errors;

namespace Platform.SerialEm.Client;

/// <summary>The version check of §1.6: indices are append-only, so SerialEM must know at least as many commands as our highest index.</summary>
public sealed partial class SerialEmClient
{
    /// <summary>
    /// Asks ReportNumExeFuncs and checks every index in <see cref="CommandTable"/> is below it. A SerialEM too old to know
    /// ReportNumExeFuncs (index 710) answers with an out-of-bounds error, which is reported as incompatible too.
    /// Returns SerialEM's command count.
    /// </summary>
    public async Task<int> EnsureCommandTableSupportedAsync(CancellationToken cancellationToken = default)
    {
        var highest = CommandTable.All.Max(c => c.Index);
        int count;
        try
        {
            count = await ReportNumExeFuncsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SerialEmCommandException ex)
        {
            throw new SerialEmIncompatibleException(
                $"SerialEM does not know ReportNumExeFuncs (index {CommandTable.ReportNumExeFuncs.Index}); it is older than this client's command table. {ex.SerialEmMessage}", ex);
        }

        if (count <= highest)
        {
            throw new SerialEmIncompatibleException($"SerialEM knows {count} script commands; this client uses indices up to {highest}.");
        }

        return count;
    }
}
