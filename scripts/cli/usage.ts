/** What `npm run lanyard -- --help` prints. */
export const usage = `Usage: npm run lanyard -- <command> [options]

Commands:
  company create   Create a company with its Root Master user and send them a welcome email.

Options of company create:
  --name <name>                The company name (2-128 characters, unique regardless of case)
  --username <username>        The Root Master's username (1-64 letters, digits, ".", "_" or "-")
  --email <address>            Where the welcome email with the sign-up link goes
  --display-name <name>        The Root Master's name as people see it (default: the username)
  -h, --help                   Show this help

Environment:
  LANYARD_DATA_DIR             Data folder (default: data)
  IDENTITY_DATABASE_URL        Identity database (default: file:<data folder>/identity.db)
  TENANCY_DATABASE_URL         Tenancy database (default: file:<data folder>/tenancy.db)
  PUBLIC_URL                   Public origin of Lanyard, for the link (default: http://127.0.0.1:8787)
  SMTP_URL, MAIL_FROM          Mail delivery; without SMTP_URL, mail goes to the development outbox

Example:
  npm run lanyard -- company create --name "Acme MSP" --username root --email root@example.com --display-name "Riley Root"`;
