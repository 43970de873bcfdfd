/** The HTML review's one style sheet: on screen, and on A4 paper through the print rules. */
export const STYLE = `
:root{--ink:#1f2a37;--muted:#5b6777;--line:#e3e6ea;--bg:#f6f5f1;--paper:#fff;--accent:#2f7d73;--soft:#e9f3f0;--warm:#fbf4e8;--warn:#8a5a14;--rose:#a84763;--up:#2f7d53}*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;-webkit-text-size-adjust:100%}main{max-width:60rem;margin:0 auto;padding:2.5rem 1.25rem 3rem}
h1{font-size:1.9rem;line-height:1.2;margin:0 0 .35rem;letter-spacing:-.01em}h2{font-size:1.5rem;margin:0;letter-spacing:-.01em}
h3{font-size:1.05rem;margin:2rem 0 .7rem;padding-bottom:.3rem;border-bottom:1px solid var(--line);color:var(--accent)}h4{font-size:.95rem;margin:1.2rem 0 .4rem}
p{margin:.4rem 0}.muted,.note{color:var(--muted)}.note{font-size:.9rem}
.eyebrow{text-transform:uppercase;letter-spacing:.08em;font-size:.75rem;color:var(--accent);font-weight:600;margin:0 0 .3rem}
.box{background:var(--paper);border:1px solid var(--line);border-radius:14px;padding:1.6rem 1.8rem;margin:1.6rem 0;box-shadow:0 1px 3px rgba(31,42,55,.05)}
.head{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.5rem 1rem;margin-bottom:1rem}table{border-collapse:collapse;width:100%;font-size:.9rem;font-variant-numeric:tabular-nums;margin:.4rem 0}
th,td{padding:.42rem .55rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:middle}th{font-size:.75rem;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.03em;vertical-align:bottom}
.n{text-align:right;white-space:nowrap}.day{white-space:nowrap}
.team{font-size:.85rem}.team th{text-transform:none;letter-spacing:0;white-space:normal;hyphens:auto;font-size:.72rem;padding:.4rem .3rem}.team td{padding:.45rem .3rem}.team td.small{font-size:.78rem;line-height:1.3;color:var(--muted)}
.scroll{overflow-x:auto}.team td.low{color:var(--rose);font-weight:600}.team a{color:var(--ink);font-weight:600;text-decoration:none;border-bottom:1px dotted var(--muted)}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.7rem;margin:1rem 0}.stat{background:var(--soft);border-radius:10px;padding:.75rem 1rem}
.stat b{display:block;font-size:1.65rem;line-height:1.2}.stat span{font-size:.85rem;color:var(--muted)}.kinds{font-size:.9rem;color:var(--muted)}
.callout{border-left:4px solid var(--accent);background:var(--soft);padding:.7rem 1rem;border-radius:0 8px 8px 0;margin:.8rem 0}.warn{border-left-color:#d09a3a;background:var(--warm)}
.up{color:var(--up)}.down{color:var(--rose)}.two{display:grid;grid-template-columns:1fr 1fr;gap:0 2rem}
@media (max-width:46rem){.two{grid-template-columns:1fr}.box{padding:1.2rem}}
svg.chart{display:block;max-width:100%;height:auto;font-family:inherit;overflow:visible}
svg.chart-calendar{width:23rem}svg.chart-emotions,svg.chart-needs{width:100%;max-width:28rem}svg.chart-ratings{width:11rem}svg.chart-weeks{width:auto;max-height:9rem}
svg .axis{font-size:10px;fill:var(--muted)}svg .label{font-size:13px;fill:var(--ink)}svg .value{font-size:11px;fill:var(--muted)}svg.chart-emotions .axis,svg.chart-needs .axis{font-size:13px}svg.chart-weeks .axis,svg.chart-weeks .value{font-size:10.5px}svg.chart-emotions .value,svg.chart-needs .value{font-size:12px}
figure{margin:.6rem 0}ul,ol{padding-left:1.3rem;margin:.4rem 0}li{margin:.2rem 0}
code{font:.82rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f0f1f3;padding:.05rem .3rem;border-radius:4px;overflow-wrap:anywhere}.coach{background:#f4f2fa;border-radius:12px;padding:1.1rem 1.4rem;margin-top:2rem}
.coach h3{margin-top:0;border:0;color:#4b3f86}.flagged{list-style:none;padding:0}.flagged>li{background:var(--paper);border-radius:8px;padding:.6rem .8rem;margin:.5rem 0}.flagged dl{margin:.3rem 0 0}.flagged dt{font-size:.85rem;color:var(--muted);margin-top:.35rem}.flagged dd{margin:0;white-space:pre-line}.facts{margin-top:.9rem}.charts{display:flex;flex-wrap:wrap;align-items:flex-end;gap:1rem 2.5rem}.charts figcaption{font-size:.8rem;color:var(--muted);margin-bottom:.3rem}
.openers{counter-reset:o;list-style:none;padding:0}.openers li{counter-increment:o;position:relative;padding:.6rem .8rem .6rem 2.6rem;background:var(--paper);border-radius:8px;margin:.5rem 0}
.openers li::before{content:counter(o);position:absolute;left:.8rem;top:.6rem;width:1.3rem;height:1.3rem;border-radius:50%;background:#6b5fb0;color:#fff;font-size:.75rem;text-align:center;line-height:1.3rem}
nav{font-size:.9rem}nav a{color:var(--accent);margin-right:.8rem}footer{margin-top:2rem;font-size:.8rem;color:var(--muted);text-align:center}
@page{size:A4;margin:15mm}
@media print{
body{background:none;font-size:10pt;line-height:1.45}main{max-width:none;padding:0}h1{font-size:18pt}h2{font-size:15pt}h3{margin-top:1.2rem;font-size:12pt}.charts{gap:1rem 1.5rem}svg.chart-calendar{width:18rem}
.scroll{overflow:visible}table{font-size:8.5pt}th.n{white-space:normal}.team{font-size:8pt}th,td{padding:.25rem .35rem}th{font-size:6.5pt}.team th{font-size:6.5pt;padding:.2rem}.team td{padding:.3rem .2rem}.team td.small{font-size:7pt}.stat{padding:.4rem .7rem;border:1px solid var(--line)}.stat b{font-size:15pt}
.box{border:0;box-shadow:none;padding:0;margin:0 0 1.2rem;border-radius:0}.two{grid-template-columns:1fr 1fr;gap:0 1.2rem}
.trainee+.trainee{break-before:page}
table,svg,.stats,.callout,.openers li,.flagged>li,figure{break-inside:avoid}
h2,h3,h4{break-after:avoid}nav{display:none}
svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.coach{padding:.6rem 0;background:none;border-top:2px solid #6b5fb0;border-radius:0}.openers li{border:1px solid var(--line)}
}`;
