package codebook

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/accordmodel/accord/internal/enum"
)

var (
	stance = enum.Info{Package: Module + "/actors", GoType: "Stance", Type: "Stance", Values: []enum.Value{
		{Name: "supports", Doc: "the actor wants the outcome"},
		{Name: "opposes", Doc: "the actor is against it | or worse"},
	}}
	precision = enum.Info{Package: Module, GoType: "Precision", Type: "Precision", Values: []enum.Value{
		{Name: "year", Doc: "only the year is known"},
	}}
	tagKind = enum.Info{Package: Module + "/corpus/tag", GoType: "Kind", Type: "MentionKind", Values: []enum.Value{
		{Name: "actor", Doc: "a name of an actor"},
	}}
)

func TestKey(t *testing.T) {
	assert.Equal(t, "actors.Stance", Key(stance))
	assert.Equal(t, "accord.Precision", Key(precision), "the module root is package accord")
	assert.Equal(t, "tag.Kind", Key(tagKind), "regions use the Go type's name, not the name in messages")
}

func TestRender(t *testing.T) {
	const stanceTable = "| value | meaning |\n|---|---|\n| `supports` | the actor wants the outcome |\n| `opposes` | the actor is against it \\| or worse |\n"
	tests := []struct {
		name    string
		src     string
		enums   []enum.Info
		want    string
		wantErr []string // fragments the error must contain
	}{
		{
			name:  "stale table replaced, prose kept",
			src:   "# Codebook\n\n`Stance`:\n\n<!-- enum actors.Stance -->\n| value | meaning |\n| `old` | gone |\n<!-- end enum -->\n\nMore prose.\n",
			enums: []enum.Info{stance},
			want:  "# Codebook\n\n`Stance`:\n\n<!-- enum actors.Stance -->\n" + stanceTable + "<!-- end enum -->\n\nMore prose.\n",
		},
		{
			name:  "empty region filled",
			src:   "<!-- enum actors.Stance -->\n<!-- end enum -->\n<!-- enum accord.Precision -->\n<!-- end enum -->\n",
			enums: []enum.Info{precision, stance},
			want:  "<!-- enum actors.Stance -->\n" + stanceTable + "<!-- end enum -->\n<!-- enum accord.Precision -->\n| value | meaning |\n|---|---|\n| `year` | only the year is known |\n<!-- end enum -->\n",
		},
		{
			name:    "enum without a region",
			src:     "<!-- enum actors.Stance -->\n<!-- end enum -->\n",
			enums:   []enum.Info{stance, precision},
			wantErr: []string{"enum accord.Precision has no region"},
		},
		{
			name:    "region naming no enum, and a second region",
			src:     "<!-- enum actors.Stance -->\n<!-- end enum -->\n<!-- enum actors.Stance -->\n<!-- end enum -->\n<!-- enum actors.Mood -->\n<!-- end enum -->\n",
			enums:   []enum.Info{stance},
			wantErr: []string{"line 3: a second region for actors.Stance", "line 5: region actors.Mood names no enum"},
		},
		{
			name:    "unclosed and stray markers",
			src:     "<!-- end enum -->\n<!-- enum actors.Stance -->\n| prose the generator would eat |\n",
			enums:   []enum.Info{stance},
			wantErr: []string{"line 1: <!-- end enum --> closes no region", "region actors.Stance is not closed"},
		},
		{
			name:    "nested region",
			src:     "<!-- enum actors.Stance -->\n<!-- enum accord.Precision -->\n<!-- end enum -->\n",
			enums:   []enum.Info{stance, precision},
			wantErr: []string{"line 2: region accord.Precision opens inside region actors.Stance"},
		},
		{
			name:    "two enums with one key",
			src:     "<!-- enum actors.Stance -->\n<!-- end enum -->\n",
			enums:   []enum.Info{stance, stance},
			wantErr: []string{"two enums are named actors.Stance"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Render([]byte(tt.src), tt.enums)
			if tt.wantErr != nil {
				require.Error(t, err)
				for _, frag := range tt.wantErr {
					assert.Contains(t, err.Error(), frag)
				}
				assert.Nil(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
			again, err := Render(got, tt.enums)
			require.NoError(t, err)
			assert.Equal(t, string(got), string(again), "rendering is idempotent")
		})
	}
}
