import { PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

export interface ConnectionValues {
  url: string;
  password: string;
  tls: boolean;
}

/** The labels validation messages start with ("Connection string must start with…"). */
export const CONNECTION_LABELS = { url: 'Connection string', password: 'Password', tls: 'Require TLS' };

/** The connection string, password and TLS switch both the publish and the join form ask for. */
export function ConnectionFields<V extends ConnectionValues>({ form, disabled }: { form: UseFormReturnType<V>; disabled: boolean }) {
  const input = (field: keyof ConnectionValues) => form.getInputProps(field as never);
  return (
    <Stack gap="sm">
      <TextInput
        label="Connection string"
        withAsterisk
        description="The PostgreSQL database your IT department set up, with your own role: postgres://role@host:port/database"
        placeholder="postgres://ada@db.example.org:5432/serviceledger"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        {...input('url')}
      />
      <PasswordInput
        label="Password"
        description="The password of your PostgreSQL role. It is never stored in the workspace file."
        autoComplete="current-password"
        disabled={disabled}
        maw={420}
        {...input('password')}
      />
      <Switch
        label="Require TLS (recommended)"
        description="Encrypts the connection and checks the server's certificate. Turn it off only for a server on this computer or in a test lab."
        disabled={disabled}
        {...form.getInputProps('tls' as never, { type: 'checkbox' })}
      />
    </Stack>
  );
}

/** The connection part of a form's values, as the API takes it: an empty password is no password. */
export function connectionInput(values: ConnectionValues): { url: string; password?: string; tls: boolean } {
  return values.password === '' ? { url: values.url, tls: values.tls } : { url: values.url, password: values.password, tls: values.tls };
}
