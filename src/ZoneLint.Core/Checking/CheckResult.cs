using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Parsing;

namespace ZoneLint.Core.Checking;

/// <summary>The findings for one zone file, severities applied, suppressions honoured, in file order.</summary>
public sealed class CheckResult
{
    internal CheckResult(ZoneParseResult zone, IReadOnlyList<ZoneDiagnostic> diagnostics)
    {
        Zone = zone;
        Diagnostics = diagnostics;
    }

    public ZoneParseResult Zone { get; }

    public IReadOnlyList<ZoneDiagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
