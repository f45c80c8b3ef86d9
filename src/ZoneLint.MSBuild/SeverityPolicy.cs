using System;
using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Diagnostics;

namespace ZoneLint.MSBuild;

/// <summary>
/// What a .NET developer expects of <c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c> and
/// <c>TreatWarningsAsErrors</c>, applied to ZL findings: NoWarn drops warnings and notes (it wins over the others, as
/// for the C# compiler), but never an error: switch an error rule off in zonelint.json (<c>"rules": {"ZL3002": "none"}</c>).
/// </summary>
internal sealed class SeverityPolicy
{
    private readonly bool _treatWarningsAsErrors;
    private readonly HashSet<string> _warningsAsErrors;
    private readonly HashSet<string> _warningsNotAsErrors;
    private readonly HashSet<string> _noWarn;

    public SeverityPolicy(bool treatWarningsAsErrors, string? warningsAsErrors, string? warningsNotAsErrors, string? noWarn)
    {
        _treatWarningsAsErrors = treatWarningsAsErrors;
        _warningsAsErrors = Ids(warningsAsErrors);
        _warningsNotAsErrors = Ids(warningsNotAsErrors);
        _noWarn = Ids(noWarn);
    }

    public DiagnosticSeverity Apply(string id, DiagnosticSeverity severity)
    {
        if (severity is DiagnosticSeverity.Error or DiagnosticSeverity.None) return severity;
        if (_noWarn.Contains(id)) return DiagnosticSeverity.None;
        if (severity == DiagnosticSeverity.Info) return severity;
        if (_warningsAsErrors.Contains(id)) return DiagnosticSeverity.Error;
        if (_treatWarningsAsErrors && !_warningsNotAsErrors.Contains(id)) return DiagnosticSeverity.Error;
        return severity;
    }

    private static HashSet<string> Ids(string? list) => new(
        (list ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(id => id.Trim()).Where(id => id.Length > 0),
        StringComparer.OrdinalIgnoreCase);
}
